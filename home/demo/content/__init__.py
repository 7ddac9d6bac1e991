"""The demo site's texts, in Swedish and Norwegian Bokmål side by side.

`PAGES` is in tree order: a page comes after its parent, and siblings in the order
the menu shows them.
"""

from home.demo.content.about import ABOUT
from home.demo.content.development import DEVELOPMENT
from home.demo.content.goals import GOALS
from home.demo.content.home import CONTACT, HOME
from home.demo.content.networks import NETWORKS
from home.demo.content.privacy import PRIVACY
from home.demo.content.programme import PROGRAMME

PAGES = [HOME, ABOUT, GOALS, PROGRAMME, *DEVELOPMENT, *NETWORKS, CONTACT, PRIVACY]
