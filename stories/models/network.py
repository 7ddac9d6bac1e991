"""The storytelling network: the directory and storyteller profiles (asking to join: joining.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.choices import Country, Region
from home.models.mixins import KeptContentMixin, ListingMixin
from home.visibility import RestrictionsFromCacheMixin, visible
from stories.choices import REGION_COUNTRY, SocialPlatform, StorytellingLanguage
from stories.forms import StorytellerPageForm
from stories.models.joining import JoinNetworkPage


class NetworkDirectoryPage(RestrictionsFromCacheMixin, KeptContentMixin, Page):
    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short text above the storytellers: what the network is and who is in it."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["stories.StorytellerPage", "stories.JoinNetworkPage"]
    max_count_per_parent = 1
    template = "stories/network_directory_page.html"

    class Meta:
        verbose_name = _("network directory")

    # Every query parameter the directory reads (stories.services.directory.directory_listing).
    content_parameters = ("region", "art", "language", "page")

    def content_context(self, request):
        from stories.services.directory import directory_listing

        join_page = visible(JoinNetworkPage.objects.child_of(self)).first()
        return directory_listing(self, request) | {"join_page": join_page}


class StorytellerPage(RestrictionsFromCacheMixin, KeptContentMixin, ListingMixin, Page):
    """A storyteller's profile.

    A page, not a snippet: editors draft, preview, publish and translate it like every other page,
    it has an address to link to from stories, and a request to join becomes an unpublished draft.
    """

    bio = RichTextField(
        _("about"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("The full presentation on the profile: what they tell, how and where they have told it."),
    )
    municipality = models.CharField(
        _("place"),
        max_length=120,
        blank=True,
        help_text=_("Municipality or place, e.g. Östersund or Levanger."),
    )
    region = models.CharField(
        _("region"),
        max_length=30,
        choices=Region.choices,
        default=Region.OTHER,
        help_text=_("Visitors filter the directory by region."),
    )
    country = models.CharField(
        _("country"),
        max_length=10,
        choices=Country.choices,
        blank=True,
        help_text=_("Filled in from the region when left empty."),
    )
    # Comma-separated codes from StorytellingLanguage: portable filtering on SQLite and PostgreSQL alike.
    languages = models.CharField(
        _("languages told in"),
        max_length=60,
        blank=True,
        help_text=_("The languages they tell stories in. Tick all that apply."),
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("The full address, starting with https://.")
    )
    email = models.EmailField(
        _("e-mail"),
        blank=True,
        help_text=_("Shown only when “show e-mail and phone on the profile” is ticked below."),
    )
    phone = models.CharField(
        _("phone"),
        max_length=40,
        blank=True,
        help_text=_("With the country code: +46 Sweden, +47 Norway. Shown only when ticked below."),
    )
    show_contact = models.BooleanField(
        _("show e-mail and phone on the profile"),
        default=False,
        help_text=_("Only tick this when the storyteller has asked for their contact details to be shown."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary", heading=_("Short bio")),
        FieldPanel("image", heading=_("Portrait")),
        FieldPanel("image_alt"),
        FieldPanel("bio"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("municipality"), FieldPanel("region"), FieldPanel("country")]),
                InlinePanel("art_form_links", label=_("Art forms and industries")),
                FieldPanel("languages"),
            ],
            heading=_("Where and what"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                InlinePanel("social_links", label=_("Social media")),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("show_contact"),
            ],
            heading=_("Links and contact"),
        ),
    ]
    search_fields = Page.search_fields + ListingMixin.search_fields + [index.SearchField("bio")]

    # Codes and numbers are the same in every language.
    override_translatable_fields = [SynchronizedField("languages"), SynchronizedField("phone")]

    base_form_class = StorytellerPageForm
    parent_page_types = ["stories.NetworkDirectoryPage"]
    subpage_types = []
    template = "stories/storyteller_page.html"

    class Meta:
        verbose_name = _("storyteller")
        verbose_name_plural = _("storytellers")

    def save(self, *args, **kwargs):
        if not self.country:
            self.country = REGION_COUNTRY.get(self.region, "")
        return super().save(*args, **kwargs)

    @property
    def language_codes(self):
        return [code for code in (self.languages or "").split(",") if code]

    @property
    def language_labels(self):
        labels = dict(StorytellingLanguage.choices)
        return [labels[code] for code in self.language_codes if code in labels]

    @property
    def public_email(self):
        return self.email if self.show_contact else ""

    @property
    def public_phone(self):
        return self.phone if self.show_contact else ""

    def content_context(self, request):
        from stories.services.directory import storyteller_stories
        from stories.services.localise import localise_art_forms

        localise_art_forms([self])
        return storyteller_stories(self)


class StorytellerArtForm(Orderable):
    page = ParentalKey(StorytellerPage, related_name="art_form_links", on_delete=models.CASCADE)
    art_form = models.ForeignKey(
        "stories.ArtForm",
        verbose_name=_("art form or industry"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("From Snippets → Art forms and industries. Visitors filter the directory by it."),
    )

    panels = [FieldPanel("art_form")]

    class Meta(Orderable.Meta):
        verbose_name = _("art form or industry")


class StorytellerLink(Orderable):
    page = ParentalKey(StorytellerPage, related_name="social_links", on_delete=models.CASCADE)
    platform = models.CharField(
        _("platform"),
        max_length=20,
        choices=SocialPlatform.choices,
        help_text=_("Shown as the link's name."),
    )
    url = models.URLField(
        _("address"), help_text=_("The full address of the profile, starting with https://.")
    )

    panels = [FieldRowPanel([FieldPanel("platform"), FieldPanel("url")])]

    class Meta(Orderable.Meta):
        verbose_name = _("social media link")
