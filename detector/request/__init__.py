"""A Woo request (verzoek) as one unit: safe unpacking, consistency across documents, the decision's annexes."""
