"""Customers: records, orders, contacts, complaints and feedback; value, lifecycle and alerts."""
