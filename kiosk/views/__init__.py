"""Screens and widgets. Views read models and emit signals; they do no I/O."""
