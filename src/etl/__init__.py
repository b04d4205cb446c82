"""newsfacts: news articles in, a versioned dataset of events, statements and estimates out."""
