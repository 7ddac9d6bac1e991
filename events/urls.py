"""Calendar addresses. Included inside i18n_patterns: every feed exists once per language."""

from django.urls import path

from events import views

urlpatterns = [
    path("deadlines.ics", views.deadlines_feed, name="events_deadlines_feed"),
    path("<uuid:index>.ics", views.index_feed, name="events_feed"),
    path("<uuid:index>/category/<slug:category>.ics", views.index_feed, name="events_category_feed"),
    path("<uuid:index>/activity/<uuid:activity>.ics", views.index_feed, name="events_activity_feed"),
    path("event/<uuid:event>.ics", views.event_ics, name="events_event_ics"),
]
