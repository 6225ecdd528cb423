"""Constant Contact API v2 (legacy): what the original delivery used, for holders of a v2 API key.

client = ctct.v2.Client(api_key="...", access_token="...")
outcome = client.add_contact_to_list(list_id, email="ann@example.com")
"""

# Every public name of the native module's v2 part: the clients, models and outcomes.
from ._core.v2 import *  # noqa: F403
