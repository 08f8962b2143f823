"""Exports of timeline events: one small pure module per format, and the choice between them.

Every renderer takes the events as the JSON timeline shows them (`service.api.schemas.Event`),
so no format knows where the events came from or how they were queried.
"""
