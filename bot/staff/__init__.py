"""Staff console back end: accounts, sessions, audit log, case work, transcripts and trends."""
