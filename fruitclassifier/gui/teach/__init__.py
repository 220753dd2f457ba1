"""Teaching from Classify: This is…, the teaching set panel and the Teach run."""
