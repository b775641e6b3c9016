"""The site's menu: every plugin's links, less 'Log in' in public mode. The public copy has no login to grant, so the
entry datasette-auth-passwords adds for every visitor led to a form no password opens; full mode, with its password,
keeps it. Pages (datasette/plugins/minutebook_menu.py) and error pages (minutebook_errors.py) both show this list."""

from datasette.plugins import pm
from datasette.utils import await_me_maybe


async def menu_links(datasette, request) -> list[dict]:
    public = getattr(datasette, "minutebook_sources", {}).get("public")
    login = datasette.urls.path("/-/login")
    links = []
    for hook in pm.hook.menu_links(datasette=datasette, actor=request.actor if request else None, request=request):
        links.extend(link for link in (await await_me_maybe(hook) or []) if not (public and link.get("href") == login))
    return links
