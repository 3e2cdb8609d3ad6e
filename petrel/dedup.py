"""Cross-article dedup: one real event reported by many outlets becomes one cluster of mentions.

Two stored events fall in the same cluster when they agree on
- the PLOVER type;
- the first source and first target actor, country and sector (a missing value must be missing in both);
- the place country (missing in both, or the same ISO3);
- whether the event is said to have happened: asserted, reported and hedged events are "real" and
  cluster together; hypothetical, failed and negated events each cluster only with their own kind
  (a threatened strike is not the strike);
- the date: day-precision dates chain when consecutive reports are at most one day apart (reports
  of Tuesday's strike dated Tuesday or Wednesday by different outlets); month- and year-precision
  dates cluster within the same month or year, apart from day-precision dates.
Events with neither a source nor a target country, or with no date at all, carry too little to
match on the fields above; they cluster only with events of the same type whose evidence is the same
sentence with the same trigger (the same wire copy printed by several outlets), else stay alone.

Each cluster records its mention count, distinct articles and outlets, the earliest and latest
report (publication date), the date range of the event, and a representative event (the most
confident mention, then the earliest reported). Clusters are recomputed in SQL over the whole
events table at the end of each ingest: sorting and window functions in DuckDB, no Python loop, so
it scales with the database rather than with memory.

The outlet of an article is its `outlet` field, else the host of its URL, else its input origin.
"""

from __future__ import annotations

CLUSTERS_TABLE = """
CREATE TABLE IF NOT EXISTS clusters (
    cluster_id VARCHAR PRIMARY KEY, type VARCHAR, mode VARCHAR, source_country VARCHAR,
    source_sector VARCHAR, target_country VARCHAR, target_sector VARCHAR, place_country VARCHAR,
    happened VARCHAR, date_precision VARCHAR, first_date VARCHAR, last_date VARCHAR,
    mentions INTEGER, articles INTEGER, outlets INTEGER, first_report DATE, last_report DATE,
    representative_event_id VARCHAR);
"""

# The factuality groups that may share a cluster.
HAPPENED = "CASE WHEN e.factuality IN ('asserted', 'reported', 'hedged') THEN 'real' ELSE e.factuality END"
OUTLET = ("COALESCE(NULLIF(a.outlet, ''), NULLIF(regexp_extract(a.url, '^[a-z]+://(?:www\\.)?([^/:]+)', 1), ''), "
          "a.origin, a.article_id)")
BLOCK = ("type, COALESCE(source_country, ''), COALESCE(source_sector, ''), COALESCE(target_country, ''), "
         "COALESCE(target_sector, ''), COALESCE(place_country, ''), happened, precision_group")

ASSIGN = f"""
CREATE OR REPLACE TEMP TABLE event_cluster_keys AS
WITH keyed AS (
    SELECT e.event_id, e.type, e.mode, e.source_country, e.source_sector, e.target_country, e.target_sector,
           e.place_country, e.confidence, e.published, e.article_id, {OUTLET} AS outlet, {HAPPENED} AS happened,
           e.date, e.date_precision,
           CASE WHEN e.date IS NULL OR (e.source_country IS NULL AND e.target_country IS NULL)
                THEN 'text:' || md5(lower(e.record->>'$.sentence.text') || '|' || (e.record->>'$.trigger.text'))
                WHEN e.date_precision = 'day' THEN 'day'
                WHEN e.date_precision = 'month' THEN 'month:' || LEFT(e.date, 7)
                ELSE 'year:' || LEFT(e.date, 4) END AS precision_group,
           TRY_CAST(LEFT(e.date, 10) AS DATE) AS day
    FROM events e LEFT JOIN articles a USING (article_id)
),
gaps AS (
    SELECT *, CASE WHEN precision_group <> 'day' THEN 0
                   WHEN LAG(day) OVER (PARTITION BY {BLOCK} ORDER BY day, event_id) IS NULL THEN 1
                   WHEN day - LAG(day) OVER (PARTITION BY {BLOCK} ORDER BY day, event_id) > 1 THEN 1
                   ELSE 0 END AS starts_cluster
    FROM keyed
),
numbered AS (
    SELECT *, SUM(starts_cluster) OVER (PARTITION BY {BLOCK} ORDER BY day, event_id
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run_number
    FROM gaps
)
SELECT *, 'c' || LEFT(md5(concat_ws('|', {BLOCK}, MIN(date) OVER (PARTITION BY {BLOCK}, run_number))), 16)
          AS cluster_id
FROM numbered;
"""

BUILD = """
DELETE FROM clusters;
INSERT INTO clusters
SELECT cluster_id, FIRST(type), FIRST(mode ORDER BY confidence DESC, published, event_id),
       FIRST(source_country), FIRST(source_sector), FIRST(target_country), FIRST(target_sector),
       FIRST(place_country), FIRST(happened), FIRST(date_precision ORDER BY confidence DESC, published, event_id),
       MIN(date), MAX(date), COUNT(*), COUNT(DISTINCT article_id), COUNT(DISTINCT outlet),
       MIN(published), MAX(published), FIRST(event_id ORDER BY confidence DESC, published NULLS LAST, event_id)
FROM event_cluster_keys GROUP BY cluster_id;
UPDATE events SET cluster_id = k.cluster_id FROM event_cluster_keys k
WHERE events.event_id = k.event_id AND events.cluster_id IS DISTINCT FROM k.cluster_id;
DROP TABLE event_cluster_keys;
"""


def refresh_clusters_sql() -> list[str]:
    """The statements that rebuild the clusters table and each event's cluster_id, in order."""
    return [ASSIGN, *[statement for statement in BUILD.split(";") if statement.strip()]]
