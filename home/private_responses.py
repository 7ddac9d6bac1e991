"""Responses to form posts are never stored by a cache: they may echo what a visitor typed."""

from django.utils.cache import add_never_cache_headers


class NeverStorePostsMiddleware:
    """Marks every response to a POST `private, no-store`, whatever view answered it.

    A refused contact form or registration is re-rendered with the visitor's name and address
    in it; a shared cache or proxy that kept it would show them to the next visitor.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method == "POST":
            add_never_cache_headers(response)
        return response
