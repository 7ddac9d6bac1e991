from django import template

from home import chrome

register = template.Library()


@register.simple_tag(takes_context=True)
def privacy_notice_url(context):
    """The site's privacy notice in the visitor's language, for the consent box of a form; '' if none."""
    return chrome.for_request(context.get("request"))["privacy_url"]
