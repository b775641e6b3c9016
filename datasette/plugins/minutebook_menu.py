"""Pages carry the site's menu as minutebook.site_menu makes it (no 'Log in' in public mode)."""

from datasette import hookimpl

from minutebook.site_menu import menu_links


@hookimpl
def extra_template_vars(datasette, request):
    async def links():
        return await menu_links(datasette, request)

    return {"menu_links": links}
