"""What the assistant knows, independent of Rasa: categories, lawful routes and their legal texts, safety patterns, text folding and the intake's field names."""
