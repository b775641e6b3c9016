"""Render a site page's template without Jinja's async mode, for pages that are computed before
they are rendered (the search page, and Datasette's own table and SQL pages).

Datasette's Jinja environment is async so that templates can await (custom pages call `sql()`
inside the template). Async rendering turns every piece of output into an awaited step: on the
search page, two fifths of the time spent rendering. A page whose data is all computed first
needs none of it, so it is rendered by a synchronous twin of Datasette's environment (same
loader, filters, tests and globals), through Datasette's own `render_template`, which still
builds the context (plugins' variables, CSS and JS, the menu), and the few async helpers the
base template calls are awaited before rendering starts.
"""

from __future__ import annotations

import inspect

import jinja2


class _AwaitedFirst(jinja2.Template):
    """A template of the synchronous environment that Datasette's `render_template` can render:
    its `render_async` awaits what the base template would have awaited, then renders."""

    async def render_async(self, *args, **kwargs):
        context = dict(*args, **kwargs)
        for name in AWAITED_LINKS:
            if name in context:
                context[name] = _returning(await context[name]())
        request = context.get("request")
        # the base template asks for the site's crumbs; a table page for its database's too
        database = context.get("database") if isinstance(context.get("database"), str) else None
        crumbs = {None: await context["crumb_items"](request=request)}
        if database:
            crumbs[database] = await context["crumb_items"](request=request, database=database)

        def crumb_items(request=None, database=None, table=None):
            if table or database not in crumbs:
                raise RuntimeError(f"{self.name}: crumbs of a table, or of another database, need the async renderer")
            return crumbs[database]

        context["crumb_items"] = crumb_items
        for name, value in list(context.items()):
            if inspect.iscoroutinefunction(value):
                context[name] = _refuse(self.name, name)
        return self.render(context)


# what the base template's menu and a table page's cog menu call, without arguments
AWAITED_LINKS = ("menu_links", "table_actions")


def _returning(value):
    return lambda: value


def _refuse(template: str, name: str):
    def refused(*args, **kwargs):
        raise RuntimeError(f"{template} calls {name}(), which awaits: render it with Datasette's own renderer")

    return refused


def sync_template(datasette, name: str) -> jinja2.Template:
    """Template `name` from a synchronous twin of `datasette`'s environment, made at first use
    (after startup, when plugins have added their filters)."""
    env = getattr(datasette, "_minutebook_sync_env", None)
    if env is None:
        source = datasette.jinja_env
        # auto_reload off: a template is read once, not checked on disk (a dozen stat calls) at
        # every request; the site's templates change with minutebook, and a restart reads them
        env = jinja2.Environment(loader=source.loader, autoescape=source.autoescape,
                                 extensions=list(source.extensions), auto_reload=False,
                                 finalize=source.finalize)
        env.filters.update(source.filters)
        env.tests.update(source.tests)
        env.globals.update(source.globals)
        env.template_class = _AwaitedFirst
        datasette._minutebook_sync_env = env
    return env.get_template(name)


# Datasette's pages whose rows and cells are all computed (display_columns_and_rows, render_cell)
# before the template runs: a table page of 5,000 rows spent a sixth of its time in async steps
SYNC_PAGES = {"table.html", "query.html"}


def render_pages_synchronously(datasette) -> None:
    """Datasette's table and SQL pages rendered by the synchronous twin of its environment,
    through its own render_template (the context, plugins' variables and headers as before)."""
    render = datasette.render_template

    async def render_template(templates, context=None, request=None, view_name=None):
        if isinstance(templates, jinja2.Template) and templates.name in SYNC_PAGES \
                and templates.environment is datasette.jinja_env:
            templates = sync_template(datasette, templates.name)
        return await render(templates, context, request=request, view_name=view_name)

    datasette.render_template = render_template
