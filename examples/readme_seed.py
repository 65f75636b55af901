"""The official seatsio-python README's examples, running on `import seatsio_typed as seatsio`.

One function per README section, its body written as it appears there. The README creates a
client in every snippet; here the client is a parameter, so the same code runs against Seats.io
or the emulator (the two sections about creating clients are functions of their own). Names the
README leaves open (`event`, `chart`, `<chart key>`, `"a-hold-token"`) are parameters too.

Where our types asked for a change, the line says `# adapted:`. Tested against the emulator in
tests/integration/test_readme_examples.py.
"""

from __future__ import annotations

import seatsio_typed as seatsio


def general_instructions(secret_key: str) -> seatsio.Client:
    """General instructions: a client for a workspace, in the account's region."""
    client = seatsio.Client(seatsio.Region.EU(), secret_key=secret_key)
    return client  # noqa: RET504 (the README's assignment, kept)


def creating_a_chart_and_an_event(client: seatsio.Client) -> tuple[seatsio.Chart, seatsio.Event]:
    """Creating a chart and an event."""
    chart = client.charts.create()
    event = client.events.create(chart.key)
    return chart, event


def booking_objects(client: seatsio.Client, event: seatsio.Event) -> None:
    """Booking objects."""
    client.events.book(event.key, ["A-1", "A-2"])


def releasing_objects(client: seatsio.Client, event: seatsio.Event) -> None:
    """Releasing objects."""
    client.events.release(event.key, ["A-1", "A-2"])


def booking_objects_that_have_been_held(
    client: seatsio.Client, event: seatsio.Event, hold_token: str
) -> None:
    """Booking objects that have been held (with the token that holds them)."""
    client.events.book(event.key, ["A-1", "A-2"], hold_token=hold_token)


def changing_object_status(client: seatsio.Client, event_key: str) -> None:
    """Changing object status (to a custom status)."""
    client.events.change_object_status(event_key, ["A-1", "A-2"], "my-custom-status")


def retrieving_object_category_and_status(client: seatsio.Client, event: seatsio.Event) -> None:
    """Retrieving object category and status (and other information)."""
    object_infos = client.events.retrieve_object_infos(event.key, ["A-1", "A-2"])

    print(object_infos["A-1"].category_key)
    print(object_infos["A-1"].category_label)
    print(object_infos["A-1"].status)

    print(object_infos["A-2"].category_key)
    print(object_infos["A-2"].category_label)
    print(object_infos["A-2"].status)


def listing_a_charts_categories(client: seatsio.Client, chart_key: str) -> None:
    """Listing a chart's categories."""
    category_list = client.charts.list_categories(chart_key)
    for category in category_list:
        print(category.label)


def updating_a_category(client: seatsio.Client, chart: seatsio.Chart) -> None:
    """Updating a category."""
    client.charts.update_category(
        chart_key=chart.key,
        category_key=1,
        label="Updated label",
        color="#bbbbbb",
        accessible=True,
    )


def listing_all_charts(client: seatsio.Client) -> None:
    """Listing all charts (page by page under the hood, as the loop goes)."""
    charts = client.charts.list()
    for chart in charts:
        print("Chart: " + chart.key)


def listing_charts_page_by_page(client: seatsio.Client) -> None:
    """Listing charts page by page: first page, next page, previous page."""
    # ... user initially opens the screen ...

    firstPage = client.charts.list_first_page()  # noqa: N806 (the README's name)
    for chart in firstPage.items:
        print("Chart: " + chart.key)

    # ... user clicks on 'next page' button ...

    if firstPage.next_page_starts_after is None:  # adapted: the cursor is None on the last page
        return
    nextPage = client.charts.list_page_after(firstPage.next_page_starts_after)  # noqa: N806
    for chart in nextPage.items:
        print("Chart: " + chart.key)

    # ... user clicks on 'previous page' button ...

    if nextPage.previous_page_ends_before is None:  # adapted: the cursor is None on page one
        return
    previousPage = client.charts.list_page_before(nextPage.previous_page_ends_before)  # noqa: N806
    for chart in previousPage.items:
        print("Chart: " + chart.key)


def creating_a_workspace(client: seatsio.Client) -> seatsio.Workspace:
    """Creating a workspace (the client holds the company admin key)."""
    return client.workspaces.create("a workspace")


def a_client_with_the_company_admin_key(
    company_admin_key: str, workspace_public_key: str
) -> seatsio.Client:
    """Creating a chart and an event with the company admin key: the client."""
    # company admin key can be found on https://app.seats.io/company-settings
    # workspace public key can be found on https://app.seats.io/workspace-settings
    client = seatsio.Client(
        seatsio.Region.EU(), secret_key=company_admin_key, workspace_key=workspace_public_key
    )
    return client  # noqa: RET504 (the README's assignment, kept)


def creating_a_chart_and_an_event_with_the_company_admin_key(
    client: seatsio.Client,
) -> tuple[seatsio.Chart, seatsio.Event]:
    """Creating a chart and an event with the company admin key: the calls."""
    chart = client.charts.create()
    event = client.events.create(chart.key)
    return chart, event


def changing_the_maximum_number_of_retries(secret_key: str) -> seatsio.Client:
    """Rate limiting - exponential backoff: at most 3 retries (0 disables backoff)."""
    client = seatsio.Client(seatsio.Region.EU(), secret_key=secret_key, max_retries=3)
    return client  # noqa: RET504 (the README's assignment, kept)
