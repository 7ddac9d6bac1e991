"""`{% keptcontent "name" %}…{% endkeptcontent %}`: a page's content, kept rendered (home/fragments.py).

The enclosed template sees the page's `content_context(request)` (home.models.mixins.
KeptContentMixin), worked out only when the content is rendered, once per request however many
parts of the page are kept.
"""

from django import template

from home.fragments import kept_fragment

register = template.Library()

MEMO = "_samspel_content_context"


def _content_context(request, page):
    if not hasattr(page, "content_context"):
        return {}
    memo = getattr(request, MEMO, None) if request is not None else None
    if memo is None:
        memo = {}
        if request is not None:
            setattr(request, MEMO, memo)
    if id(page) not in memo:
        memo[id(page)] = (page, page.content_context(request))  # the page too: its id stays its own
    return memo[id(page)][1]


class KeptContentNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        request = context.get("request")
        page = context.get("page")

        def render():
            with context.push(_content_context(request, page)):
                return self.nodelist.render(context)

        names = getattr(page, "content_parameters", ())
        return kept_fragment(request, self.name, getattr(page, "pk", None), names, render)


@register.tag("keptcontent")
def keptcontent(parser, token):
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError(f'{bits[0]} takes one quoted name, e.g. {bits[0]} "content"')
    nodelist = parser.parse(("endkeptcontent",))
    parser.delete_first_token()
    return KeptContentNode(nodelist, bits[1][1:-1])
