"""The attendant's PIN: a slow salted hash, and a lock that grows and outlives a restart."""

import pytest

from kiosk.pin import FREE_TRIES, check_hash_format, hash_pin, lock_seconds, try_pin, verify_pin
from kiosk.store import Store


def test_the_hash_is_salted_and_verifies_only_the_right_pin(pin_hash):
    assert verify_pin("2468", pin_hash)
    assert not verify_pin("2469", pin_hash)
    assert "2468" not in pin_hash
    assert hash_pin("2468") != hash_pin("2468")


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", ""])
def test_a_pin_is_four_to_eight_digits(pin):
    with pytest.raises(ValueError, match="4 to 8 digits"):
        hash_pin(pin)


def test_a_mangled_hash_in_the_config_is_refused_with_the_way_to_make_one():
    with pytest.raises(ValueError, match="pin-hash"):
        check_hash_format("2468")


def test_the_lock_grows_after_the_free_tries_and_has_a_ceiling():
    assert [lock_seconds(n) for n in range(1, FREE_TRIES)] == [0] * (FREE_TRIES - 1)
    assert [lock_seconds(n) for n in range(FREE_TRIES, FREE_TRIES + 4)] == [30, 60, 120, 240]
    assert lock_seconds(100) == 3600


def test_wrong_pins_lock_the_pad_across_a_restart(tmp_path, pin_hash, caplog):
    path = tmp_path / "kiosk.db"
    store = Store(path)
    now = 1_800_000_000.0
    results = [try_pin(store, pin_hash, "0000", now) for _ in range(FREE_TRIES)]
    assert [r.failures for r in results] == [1, 2, 3, 4, 5]
    assert results[-1].locked_until == now + 30
    store.close()
    store = Store(path)
    # Even the right PIN is not checked while locked.
    assert not try_pin(store, pin_hash, "2468", now + 29).ok
    assert try_pin(store, pin_hash, "2468", now + 31).ok
    assert try_pin(store, pin_hash, "0000", now + 32).failures == 1
    assert "attendant PIN refused (5 wrong in a row, locked for 30 s)" in caplog.text
