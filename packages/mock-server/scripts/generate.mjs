// Placeholder until the spec subset is extracted here.
