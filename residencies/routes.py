"""URLs a page gets for taking submissions (Wagtail routable page routes).

register/                       the form (pages with one list)
register/<occurrence>/          the form for one occurrence (intake_per_occurrence pages)
submission/<token>/             the private receipt and status page
submission/<token>/cancel/      confirm and cancel / withdraw
submission/<token>/edit/        continue a draft, or change answers and files before the deadline
submission/<token>/follow-up/   after acceptance: the follow-up questions
"""

from wagtail.contrib.routable_page.models import RoutablePageMixin, path


class IntakeRoutesMixin(RoutablePageMixin):
    intake_form_template = "residencies/submission_form.html"
    intake_status_template = "residencies/submission_status.html"

    @path("register/", name="intake_form")
    def intake_form_route(self, request):
        from residencies.views import form_view

        return form_view(self, request)

    @path("register/<str:occurrence>/", name="intake_form_occurrence")
    def intake_form_occurrence_route(self, request, occurrence):
        from django.http import Http404

        from residencies.views import form_view, parse_occurrence

        parsed = parse_occurrence(occurrence)
        if parsed is None:
            raise Http404
        return form_view(self, request, occurrence=parsed)

    @path("submission/<str:token>/", name="intake_submission")
    def intake_submission_route(self, request, token):
        from residencies.views import status_view

        return status_view(self, request, token)

    @path("submission/<str:token>/cancel/", name="intake_cancel")
    def intake_cancel_route(self, request, token):
        from residencies.views import cancel_view

        return cancel_view(self, request, token)

    @path("submission/<str:token>/edit/", name="intake_edit")
    def intake_edit_route(self, request, token):
        from residencies.views import edit_view

        return edit_view(self, request, token)

    @path("submission/<str:token>/follow-up/", name="intake_follow_up")
    def intake_follow_up_route(self, request, token):
        from residencies.views import follow_up_view

        return follow_up_view(self, request, token)

    def intake_form_url(self, occurrence=None, request=None):
        """Where the form for this page (or one of its occurrences) lives."""
        from residencies.views import occurrence_slug

        if occurrence is None:
            route = self.reverse_subpage("intake_form")
        else:
            route = self.reverse_subpage(
                "intake_form_occurrence", kwargs={"occurrence": occurrence_slug(occurrence)}
            )
        return self.get_url(request) + route

    def intake_summary(self, occurrence=None, request=None):
        """What an event or call page shows next to its sign-up button."""
        from residencies import services

        rules = services.rules_for(self)
        return {
            "state": services.intake_availability(self, occurrence, rules=rules),
            "policy": rules.intake_policy,
            "places": rules.intake_capacity(occurrence),
            "places_left": services.places_left(self, occurrence, rules=rules),
            "waiting_list": rules.intake_waiting_list,
            "closes_at": rules.intake_window(occurrence)[1],
            "zone": rules.intake_tzinfo,
            "zone_label": rules.get_intake_zone_display(),
            "url": self.intake_form_url(occurrence, request) if rules.intake_enabled else "",
        }
