from django.db import models
from django.db.models import Prefetch, Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.abuse import rate_limited
from home.choices import ActivityStatus, Currency, OrganisationRole, Region
from home.models.mixins import BodyMixin, KeptContentMixin, ListingMixin
from home.sections import activity_page_sections, home_page_sections
from home.visibility import RestrictionsFromCacheMixin, visible


def image_renditions_prefetch(field="image"):
    """Each item's image with its renditions, for prefetch_related() or prefetch_related_objects()."""
    return Prefetch(field, queryset=get_image_model().objects.prefetch_renditions())


def with_image_renditions(queryset, field="image"):
    """Fetch each item's image and its renditions up front: a card list costs the same for 3 or 30 items."""
    return queryset.prefetch_related(image_renditions_prefetch(field))


class HomePage(RestrictionsFromCacheMixin, KeptContentMixin, Page):
    hero_heading = models.CharField(
        _("hero heading"),
        max_length=255,
        help_text=_("The large heading at the top of the home page. Keep it short: a few words."),
    )
    hero_text = models.TextField(
        _("hero text"),
        blank=True,
        help_text=_("One or two sentences under the hero heading that say what the programme does."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "A wide photo behind the hero heading, cropped to 1600 × 700 pixels. "
            "Choose one whose subject sits in the middle."
        ),
    )
    hero_image_alt = models.CharField(
        _("hero image alternative text"),
        max_length=255,
        blank=True,
        help_text=_("Describe the hero image for people who cannot see it. Required with an image."),
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero button links to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The page the button under the hero text opens. Visitors see its version in their language."
        ),
    )
    hero_link_label = models.CharField(
        _("hero button text"),
        max_length=80,
        blank=True,
        help_text=_("The words on the button, e.g. “Apply for a residency”. The button needs both fields."),
    )
    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short text under the hero, above the featured activities."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldPanel("hero_link"),
                FieldPanel("hero_link_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("introduction"),
        InlinePanel(
            "featured_activities",
            label=_("Featured programme activities"),
            max_num=6,
            help_text=_("Up to six activities shown as cards on the home page, in this order."),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]

    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.hero_image_id and not self.hero_image_alt.strip():
            raise ValidationError(
                {"hero_image_alt": _("Describe the hero image: alternative text is required with an image.")}
            )

    def content_context(self, request):
        from home.models.snippets import Organisation

        organisations = with_image_renditions(Organisation.objects.filter(locale_id=self.locale_id), "logo")
        return {
            "featured": self.featured_for_display(),
            "sections": home_page_sections(self, request),
            "partners": [
                o for o in organisations if o.role in (OrganisationRole.OWNER, OrganisationRole.PARTNER)
            ],
            "funders": [o for o in organisations if o.role == OrganisationRole.FUNDER],
        }

    def featured_for_display(self):
        """The featured activities in this home page's language, in the editor's order.

        The list is synchronised between translations, so it names the original activities:
        each is shown in its translation when that is live, else as it is; unpublished or
        private ones are left out.
        """
        # Iterated rather than queried with values_list: in a preview the items exist only in memory.
        chosen = [
            (item.activity_id, item.activity.translation_key)
            for item in self.featured_activities.select_related("activity")
        ]
        if not chosen:
            return []
        ids = [pk for pk, _key in chosen]
        keys = [key for _pk, key in chosen]
        candidates = with_image_renditions(
            visible(ActivityPage).filter(
                Q(pk__in=ids) | Q(translation_key__in=keys, locale_id=self.locale_id)
            )
        )
        by_pk = {page.pk: page for page in candidates}
        translated = {
            page.translation_key: page for page in by_pk.values() if page.locale_id == self.locale_id
        }
        featured = []
        for pk, key in chosen:
            page = translated.get(key) or by_pk.get(pk)
            if page is not None and page not in featured:
                featured.append(page)
        return featured


class HomePageFeaturedActivity(Orderable):
    page = ParentalKey(HomePage, related_name="featured_activities", on_delete=models.CASCADE)
    activity = models.ForeignKey(
        "home.ActivityPage",
        verbose_name=_("activity"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Choose the activity in either language: each home page shows it in its own language "
            "once it is translated and published."
        ),
    )

    panels = [FieldPanel("activity")]


class ContentPage(RestrictionsFromCacheMixin, KeptContentMixin, ListingMixin, BodyMixin, Page):
    content_panels = Page.content_panels + ListingMixin.listing_panels + [FieldPanel("body")]
    search_fields = Page.search_fields + ListingMixin.search_fields + BodyMixin.search_fields

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage", "home.ContactPage"]

    template = "pages/content_page.html"

    class Meta:
        verbose_name = _("content page")


class ProgrammeIndexPage(RestrictionsFromCacheMixin, KeptContentMixin, Page):
    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short text above the list of programme activities."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ActivityPage"]
    max_count_per_parent = 1

    template = "pages/programme_index_page.html"

    class Meta:
        verbose_name = _("programme index")

    def content_context(self, request):
        return {
            "activities": with_image_renditions(visible(ActivityPage.objects.child_of(self)).order_by("path"))
        }


class ActivityPage(RestrictionsFromCacheMixin, KeptContentMixin, ListingMixin, BodyMixin, Page):
    """One programme activity, with the fact box the peer projects show."""

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ActivityStatus.choices,
        default=ActivityStatus.ONGOING,
        help_text=_("Shown in the fact box. Change it to “Completed” when the activity is over."),
    )
    region = models.CharField(
        _("region"),
        max_length=30,
        choices=Region.choices,
        default=Region.CROSS_BORDER,
        help_text=_("Where the activity takes place. Its events use this region unless they give their own."),
    )
    start_date = models.DateField(
        _("starts"), null=True, blank=True, help_text=_("The first day of the activity, if it is known.")
    )
    end_date = models.DateField(
        _("ends"),
        null=True,
        blank=True,
        help_text=_("The last day of the activity. Leave empty while it is open-ended."),
    )
    budget = models.DecimalField(
        _("budget"),
        max_digits=12,
        decimal_places=0,
        null=True,
        blank=True,
        help_text=_("The whole budget in whole units, digits only, e.g. 1500000. Leave empty to hide it."),
    )
    budget_currency = models.CharField(
        _("currency"),
        max_length=3,
        choices=Currency.choices,
        default=Currency.SEK,
        help_text=_("The currency of the budget above."),
    )
    lead_organisation = models.ForeignKey(
        "home.Organisation",
        verbose_name=_("lead organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation that runs the activity, from Snippets → Organisations."),
    )
    contact_person = models.ForeignKey(
        "home.Person",
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown in the fact box with name and role; the e-mail only if the person's "
            "“show e-mail on the site” box is ticked."
        ),
    )

    content_panels = (
        Page.content_panels
        + ListingMixin.listing_panels
        + [
            MultiFieldPanel(
                [
                    FieldPanel("status"),
                    FieldPanel("region"),
                    FieldPanel("start_date"),
                    FieldPanel("end_date"),
                    FieldPanel("budget"),
                    FieldPanel("budget_currency"),
                    FieldPanel("lead_organisation"),
                    FieldPanel("contact_person"),
                ],
                heading=_("Fact box"),
            ),
            FieldPanel("body"),
        ]
    )
    search_fields = Page.search_fields + ListingMixin.search_fields + BodyMixin.search_fields

    parent_page_types = ["home.ProgrammeIndexPage"]
    subpage_types = []

    template = "pages/activity_page.html"

    class Meta:
        verbose_name = _("programme activity")
        verbose_name_plural = _("programme activities")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            message = _(
                "The activity cannot end before it starts: choose an end date on or after the start date."
            )
            raise ValidationError({"end_date": message})

    def content_context(self, request):
        return {"sections": activity_page_sections(self, request)}


class ContactPage(RestrictionsFromCacheMixin, RoutablePageMixin, Page):
    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown above the contact form: who answers, and how soon."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after a message has been sent."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("thank_you_text")]
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = []

    template = "pages/contact_page.html"

    class Meta:
        verbose_name = _("contact page")

    @path("")
    @rate_limited("contact")
    def contact_form(self, request):
        from home.forms import ContactForm
        from home.services.contact import submit_contact_message

        form = ContactForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            submit_contact_message(page=self, language=get_language(), **form.cleaned_data)
            return redirect(self.url + self.reverse_subpage("thanks"))
        return TemplateResponse(
            request,
            "pages/contact_page.html",
            self.get_context(request) | {"form": form},
        )

    @path("thanks/", name="thanks")
    def thanks(self, request):
        return TemplateResponse(request, "pages/contact_page_thanks.html", self.get_context(request))
