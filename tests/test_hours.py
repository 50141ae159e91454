from datetime import datetime

from kiosk.content.hours import open_state, schedule_state
from kiosk.content.schema import Hours, ServiceSlot

WEEK = {day: ["08:00-20:00"] for day in ("mon", "tue", "wed", "thu", "fri")}


def hours(**weekly):
    return Hours.model_validate({"weekly": {**WEEK, "sat": [], "sun": ["09:00-12:00", "14:00-18:00"], **weekly}})


def test_open_now_says_when_it_closes():
    state = open_state(hours(), datetime(2026, 11, 25, 10, 0))  # a Wednesday
    assert state.open and not state.always
    assert state.closes_at == datetime(2026, 11, 25, 20, 0)


def test_closed_says_when_it_opens_next_skipping_a_closed_day():
    state = open_state(hours(), datetime(2026, 11, 27, 21, 0))  # Friday night, Saturday closed
    assert not state.open
    assert state.opens_at == datetime(2026, 11, 29, 9, 0)


def test_lunch_break_is_closed_and_reopens_the_same_day():
    state = open_state(hours(), datetime(2026, 11, 29, 13, 0))  # Sunday
    assert not state.open and state.opens_at == datetime(2026, 11, 29, 14, 0)


def test_hours_that_run_past_midnight_close_the_next_morning():
    night = hours(fri=["18:00-24:00"], sat=["00:00-02:00"])
    state = open_state(night, datetime(2026, 11, 27, 23, 30))
    assert state.open and state.closes_at == datetime(2026, 11, 28, 2, 0)


def test_open_24h():
    state = open_state(Hours(open_24h=True), datetime(2026, 11, 25, 3, 0))
    assert state.open and state.always and state.closes_at is None


def test_every_day_round_the_clock_counts_as_always_open():
    always = Hours.model_validate({"weekly": {day: ["00:00-24:00"] for day in WEEK | {"sat": 0, "sun": 0}}})
    assert open_state(always, datetime(2026, 11, 25, 3, 0)).always


def test_a_scheduled_service_runs_only_in_its_slot():
    haircut = [ServiceSlot.model_validate({"days": ["fri"], "time": "14:00-17:00"})]
    assert schedule_state(haircut, datetime(2026, 11, 27, 15, 0)).open
    later = schedule_state(haircut, datetime(2026, 11, 27, 17, 0))
    assert not later.open and later.opens_at == datetime(2026, 12, 4, 14, 0)
