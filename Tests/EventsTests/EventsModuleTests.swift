// EventsTests: tests of the Events module.
