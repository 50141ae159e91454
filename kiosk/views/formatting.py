"""Dates, times and opening states as a person reads them, in the active language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from kiosk.content.hours import OpenState
from kiosk.content.schema import WEEKDAYS, ServiceSlot


def tr(text: str) -> str:
    """Translate a source string; every view calls it with a literal so pyside6-lupdate finds it.

    One context ("") for the whole kiosk: PySide's self.tr() takes the context from the runtime
    class, which breaks for inherited methods.
    """
    return QCoreApplication.translate("", text)


def weekday(day: str) -> str:
    names = {
        "mon": tr("Mon"),
        "tue": tr("Tue"),
        "wed": tr("Wed"),
        "thu": tr("Thu"),
        "fri": tr("Fri"),
        "sat": tr("Sat"),
        "sun": tr("Sun"),
    }
    return names[day]


def day_date(day: date, with_weekday: bool = True) -> str:
    text = tr("%2 %1").replace("%1", str(day.day)).replace("%2", month_name(day.month))
    if with_weekday:
        text = tr("%1, %2").replace("%1", weekday(WEEKDAYS[day.weekday()])).replace("%2", text)
    return text


def month_name(month: int) -> str:
    names = [
        tr("Jan"), tr("Feb"), tr("Mar"), tr("Apr"), tr("May"), tr("Jun"),
        tr("Jul"), tr("Aug"), tr("Sep"), tr("Oct"), tr("Nov"), tr("Dec"),
    ]
    return names[month - 1]


def hhmm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def span(start: datetime | None, end: datetime | None) -> str:
    """'Sat 12 Dec 14:00–17:00', or two dates when the span runs over several days."""
    if start is None and end is None:
        return ""
    if start is None:
        return tr("until %1").replace("%1", day_date(end.date()))
    text = day_date(start.date())
    if start.time() != datetime.min.time():
        text += " " + hhmm(start)
    if end is None:
        return text
    if end.date() == start.date():
        return f"{text}–{hhmm(end)}"
    return f"{text} – {day_date(end.date())}"


def open_line(state: OpenState, now: datetime) -> str:
    if state.always:
        return tr("Open 24 hours")
    if state.open:
        return tr("Open now · closes at %1").replace("%1", _when(state.closes_at, now))
    if state.opens_at is None:
        return tr("Closed")
    return tr("Closed · opens %1").replace("%1", _when(state.opens_at, now))


def _when(moment: datetime, now: datetime) -> str:
    days = (moment.date() - now.date()).days
    if days == 0:
        return hhmm(moment)
    if days == 1:
        return tr("tomorrow %1").replace("%1", hhmm(moment))
    return tr("%1 at %2").replace("%1", weekday(WEEKDAYS[moment.weekday()])).replace("%2", hhmm(moment))


def slots(schedule: list[ServiceSlot]) -> str:
    lines = []
    for slot in schedule:
        days = tr(", ").join(weekday(day) for day in slot.days)
        lines.append(tr("Every %1 %2").replace("%1", days).replace("%2", str(slot.time).replace("-", "–")))
    return "\n".join(lines)


def service_kind(kind: str) -> str:
    names = {
        "water": tr("Water"),
        "microwave": tr("Microwave"),
        "charging": tr("Phone charging"),
        "battery_swap": tr("Battery swap"),
        "rest": tr("Rest"),
        "toilet": tr("Toilet"),
        "first_aid": tr("First aid"),
        "heating": tr("Heating"),
        "cooling": tr("Cooling"),
        "wifi": tr("Wi-Fi"),
        "books": tr("Books"),
        "legal_aid": tr("Legal aid"),
        "parking": tr("Parking"),
        "haircut": tr("Haircut"),
        "meals": tr("Meals"),
        "health_check": tr("Health check"),
        "childcare": tr("Childcare"),
        "jobs": tr("Jobs"),
        "repair": tr("Repair kit"),
        "umbrella": tr("Umbrella"),
    }
    return names[kind]


def distance(metres: float) -> str:
    if metres < 1000:
        return tr("%1 m").replace("%1", str(round(metres / 10) * 10))
    return tr("%1 km").replace("%1", f"{metres / 1000:.1f}")


def travel(walk: int, ride: int) -> str:
    return tr("%1 min on foot · %2 min by e-bike").replace("%1", str(walk)).replace("%2", str(ride))
