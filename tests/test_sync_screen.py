"""What the screen says about the link to the centre, with the engine on the kiosk's qasync loop."""

import asyncio

import pytest
import qasync
from PySide6.QtWidgets import QPushButton

from kiosk.sync import SyncEngine
from tests.conftest import PIN
from tests.servers import Central
from tests.test_attendant import enter
from tests.sync_runner import FAST, STATION


@pytest.fixture
def qloop(qapp):
    loop = qasync.QEventLoop(qapp, already_running=False)
    asyncio.set_event_loop(loop)
    yield loop
    # Stop the engine's tasks and let them finish before the loop goes.
    tasks = asyncio.all_tasks(loop)
    for task in tasks:
        task.cancel()
    loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
    loop.close()
    asyncio.set_event_loop(None)


def run_until(loop, condition, timeout: float = 10) -> None:
    """Run the qasync loop (the UI's) until condition() holds."""

    async def wait():
        async with asyncio.timeout(timeout):
            while not condition():
                await asyncio.sleep(0.02)

    loop.run_until_complete(wait())


def connect(window, url: str, token: str, loop) -> SyncEngine:
    state = window.state
    engine = SyncEngine(state.store, url, STATION, token, timing=FAST, on_status=state.set_sync_status)
    state.sync_now = engine.sync_now
    state.set_sync_status(engine.status)
    loop.create_task(engine.run())
    return engine


def test_without_a_centre_the_dot_is_hidden_and_the_desk_says_why(make_window, qtbot):
    window = make_window()
    assert not window.link.isVisible()
    screen = enter(qtbot, window, PIN)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.desk)
    assert screen.sync_line.text().startswith("未连接中心服务器")
    assert not screen.findChild(QPushButton, "sync-now").isEnabled()


def test_a_checkin_reaches_the_centre_and_the_dot_turns_green(make_window, qtbot, qloop, tmp_path):
    window = make_window()
    with Central(tmp_path / "central.db") as central:
        token = central.db.add_station(STATION)
        window.state.store.call(lambda s: s.add("checkin", {"occupation": "courier", "services": ["water"]})).result()
        connect(window, central.url, token, qloop)
        run_until(qloop, lambda: len(central.db.event_ids(STATION)) == 1 and window.state.sync_status.online)
        assert window.link.isVisible() and window.link.property("role") == "link-on"
        screen = enter(qtbot, window, PIN)
        qtbot.waitUntil(lambda: screen.sync_line.text() == "中心：已连接")
        qtbot.waitUntil(lambda: "待上传：0 条" in screen.outbox.text() and "从未" not in screen.outbox.text())


def test_a_refused_token_is_told_to_the_attendant_and_sync_now_tries_again(make_window, qtbot, qloop, tmp_path):
    window = make_window()
    with Central(tmp_path / "central.db") as central:
        central.db.add_station(STATION)
        window.state.store.call(lambda s: s.add("checkin", {"occupation": "courier", "services": ["water"]})).result()
        connect(window, central.url, "not-the-token", qloop)
        run_until(qloop, lambda: window.state.sync_status.token_refused)
        assert window.link.property("role") == "link-off"
        screen = enter(qtbot, window, PIN)
        qtbot.waitUntil(lambda: "拒绝了本机的令牌" in screen.sync_line.text())
        button = screen.findChild(QPushButton, "sync-now")
        assert button.isEnabled()
        button.click()
        assert not window.state.sync_status.token_refused
        run_until(qloop, lambda: window.state.sync_status.token_refused)
