"""Training, evaluation and retraining of Lakmoes models (the 5.2(1) opinion classifier)."""
