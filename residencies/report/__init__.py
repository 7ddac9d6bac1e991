"""The report to the funders: distinct people and organisations that took part, against the goal.

figures.py counts (from residencies.models.Participation only, in a fixed number of
queries), chart.py draws the months as SVG bars, views.py shows and exports it.
"""
