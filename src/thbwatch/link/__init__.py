"""Networks: link records by shared contacts, near-duplicate text and images; cluster,
describe and score the clusters. Pure stages over arrays and plain data; the pipeline
(pipeline.link) reads the store in bulk, runs them and writes the results.

  evidence.py   shared contacts -> links, with the hub guard
  text.py       masked word shingles -> MinHash (rensa) -> LSH -> near-duplicate links
  images.py     perceptual hashes (imagehash) -> near-duplicate image links
  graph.py      connected components; Leiden split of components too large to be one network
  ids.py        cluster ids that stay stable from run to run
  template.py   the shared template of a cluster's texts, with its varying slots
  describe.py   what an analyst reads about a cluster
  score.py      the cluster score (a lead for review) with its reasons
"""
