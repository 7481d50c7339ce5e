"""Use cases: each public function is one unit of work and returns frozen dataclasses."""
