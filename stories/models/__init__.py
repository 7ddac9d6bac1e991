from .articles import ArticleIndexPage, ArticlePage
from .joining import JoinNetworkPage, JoinRequestDraft
from .network import (
    NetworkDirectoryPage,
    StorytellerArtForm,
    StorytellerLink,
    StorytellerPage,
)
from .news import NewsIndexPage, NewsPage
from .snippets import ArtForm
from .stories import StoryArtForm, StoryIndexPage, StoryPage, StoryStoryteller

__all__ = [
    "ArtForm",
    "ArticleIndexPage",
    "ArticlePage",
    "JoinNetworkPage",
    "JoinRequestDraft",
    "NetworkDirectoryPage",
    "NewsIndexPage",
    "NewsPage",
    "StoryArtForm",
    "StoryIndexPage",
    "StoryPage",
    "StoryStoryteller",
    "StorytellerArtForm",
    "StorytellerLink",
    "StorytellerPage",
]
