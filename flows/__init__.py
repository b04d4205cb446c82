"""Prefect flows and deployments: orchestration only; the work is done by functions in `etl`."""
