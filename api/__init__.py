"""The Lakmoes review service: FastAPI under /v1, persistence, API keys and the reviewer page."""
