"""The timeline page for people: static HTML, CSS and JavaScript that read the public API.

Everything it loads ships in this package (vis-timeline under static/vendor, with its licences),
so the page works where the deployment has no internet.
"""

from pathlib import Path

STATIC = Path(__file__).parent / "static"
