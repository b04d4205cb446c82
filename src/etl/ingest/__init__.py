"""Reading input files into articles and rejects."""
from etl.ingest.ingest import Ingested, ingest, iter_ingest

__all__ = ["Ingested", "ingest", "iter_ingest"]
