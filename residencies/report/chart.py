"""Geometry of the participation chart: one bar per month (organisations so far) and the goal line.

Drawn on the server as SVG (templates/residencies/admin/funder_report_chart.html); no
script, nothing fetched from elsewhere. The table under the chart holds the same figures
for screen readers and for anyone who prefers numbers.
"""

from dataclasses import dataclass

HEIGHT = 200  # plot area
TOP, BOTTOM, LEFT = 16, 28, 40
STEP, BAR = 48, 32


@dataclass
class Bar:
    x: int
    y: float
    height: float
    value: int
    label: str
    label_x: int


def chart(report):
    """The SVG's numbers, or None when nobody has taken part yet."""
    months = report.by_month
    if not months:
        return None
    top = max(report.goal, max(m.organisations_so_far for m in months), 1)

    def y(value):
        return TOP + HEIGHT - HEIGHT * value / top

    bars = []
    for index, month in enumerate(months):
        x = LEFT + index * STEP + (STEP - BAR) // 2
        bars.append(
            Bar(
                x=x,
                y=round(y(month.organisations_so_far), 1),
                height=round(HEIGHT * month.organisations_so_far / top, 1),
                value=month.organisations_so_far,
                label=f"{month.month:%Y-%m}",
                label_x=x + BAR // 2,
            )
        )
    width = LEFT + len(months) * STEP + 8
    return {
        "bars": bars,
        "bar_width": BAR,
        "width": width,
        "height": TOP + HEIGHT + BOTTOM,
        "baseline": TOP + HEIGHT,
        "label_y": TOP + HEIGHT + 18,
        "goal_y": round(y(report.goal), 1) if report.goal else None,
        "goal": report.goal,
        "top": top,
        "top_y": TOP,
        "left": LEFT,
        "right": width - 4,
    }
