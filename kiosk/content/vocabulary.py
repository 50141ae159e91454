"""Names the content may use: the kiosk's icon set and the standard service kinds.

Icons are Material Design Icons names (drawn through qtawesome's "mdi6" font); keeping the list
here lets `validate` tell a content author about an unknown icon before a kiosk shows a blank.
"""

ICONS = frozenset(
    """
    water cup-water microwave food silverware-fork-knife coffee battery-charging battery-sync
    cellphone-charging power-plug toilet medical-bag stethoscope heart-pulse hospital-box sofa bed
    radiator fire snowflake air-conditioner fan thermometer wifi book-open-variant scale-balance
    gavel parking content-cut account-child briefcase-search hand-heart calendar-star bullhorn
    map-marker cash cash-minus phone account-group shield-check moped truck car broom
    package-variant-closed dots-horizontal umbrella tools fridge washing-machine bike-fast
    information account-hard-hat road-variant human-male-female-child school handshake
    clock-outline calendar lock account-tie file-document-outline alert-circle
    """.split()
)

# Service kinds that stations.json may list for other stations, so that the nearby map can
# filter on them ("has battery swap"); each with the icon the kiosk draws for it.
SERVICE_KINDS = {
    "water": "water",
    "microwave": "microwave",
    "charging": "cellphone-charging",
    "battery_swap": "battery-sync",
    "rest": "sofa",
    "toilet": "toilet",
    "first_aid": "medical-bag",
    "heating": "radiator",
    "cooling": "air-conditioner",
    "wifi": "wifi",
    "books": "book-open-variant",
    "legal_aid": "scale-balance",
    "parking": "parking",
    "haircut": "content-cut",
    "meals": "silverware-fork-knife",
    "health_check": "stethoscope",
    "childcare": "account-child",
    "jobs": "briefcase-search",
    "repair": "tools",
    "umbrella": "umbrella",
}
