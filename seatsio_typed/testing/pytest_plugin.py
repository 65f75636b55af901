"""pytest fixtures that give a test its own local Seats.io."""
