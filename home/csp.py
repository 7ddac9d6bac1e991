"""Content-Security-Policy: a strict policy for the site, a relaxed one for the Wagtail admin.

django-csp writes the header from settings.CONTENT_SECURITY_POLICY (production turns it
on). Wagtail 8's admin still runs inline scripts and styles in its widgets, inline panels
and in wagtail-localize's editor, so under ADMIN_PATH_PREFIX the directives in
settings.CSP_ADMIN_DIRECTIVES replace the site's. The admin policy has no nonce: a nonce
would make browsers ignore 'unsafe-inline'.
"""

import base64
import hashlib
import re
from functools import cache

from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from django.conf import settings
from django.template.loader import get_template

ADMIN_PATH_PREFIX = "/admin/"


@cache
def error_page_style_hash():
    """The CSP hash of 500.html's inline style: that page is standalone, without static files."""
    source = get_template("500.html").template.source
    style = re.search(r"<style>(.*?)</style>", source, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    return f"'sha256-{digest}'"


class CSPMiddleware(BaseCSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if parts.replace is None and request.path_info.startswith(ADMIN_PATH_PREFIX):
            parts.replace = settings.CSP_ADMIN_DIRECTIVES
        elif response.status_code == 500:
            parts.update = {**(parts.update or {}), "style-src": [error_page_style_hash()]}
        return parts
