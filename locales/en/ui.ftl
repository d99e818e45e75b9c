# The working screens: navigation, lists, forms, palette and shortcuts.

## Common actions

action-new = New { $entity }
action-cancel = Cancel
action-close = Close
action-retry = Try again
action-back-to = Back to { $list }

## Navigation

nav-label = Main navigation
nav-home = Overview
nav-pipeline = Pipeline
nav-unknown = This screen does not exist.
nav-pending = { $older } waiting from earlier days, { $today } received today
nav-group-sales = Sales
nav-group-customers = Customers
nav-group-goods = Products and money
nav-group-reference = Reference lists
nav-group-admin = Administration

## Lists

list-count =
    { $count ->
        [one] { $count } record
       *[other] { $count } records
    }
list-empty = Nothing here yet.
list-loading = Loading…
list-search-placeholder = Search this list
list-mine = Only mine
list-filters = Filters
list-views = Saved views
list-view-name = View name
list-view-save = Save view
list-view-delete = Delete view “{ $name }”
filter-any = Any
filter-clear = Clear filters

## Bulk actions

bulk-label = Actions on the selected records
bulk-selected = { $count } selected
bulk-select-all = Select all loaded records
bulk-select-row = Select { $name }
bulk-owner = Change owner
bulk-tag = Add tag
bulk-delete = Delete selected
bulk-progress = { $done } of { $total } done
bulk-failed = Record #{ $id }: { $message }

## Record form

record-save = Save
record-saving = Saving…
record-saved = Saved.
record-revert = Undo my changes
record-delete = Delete
record-delete-confirm = Delete this record? It goes to the trash and can be restored.
picker-search = Type to search…
picker-clear = Clear the choice
picker-remove = Remove { $name }

## History

history-title = History
history-empty = No changes recorded yet.
history-unavailable = The history could not be loaded.
history-system = Oriel CRM
history-action-create = Created
history-action-update = Changed
history-action-delete = Deleted
history-action-restore = Restored
history-action-merge = Merged
history-action-purge = Purged

## Edit conflicts

conflict-title = Someone else saved this record while you were editing it
conflict-explanation = Nothing you typed is lost. For each field that differs, choose which value to keep, then save.
conflict-field = Field
conflict-mine = What you typed
conflict-stored = Saved by the other person
conflict-base = When you started
conflict-all-mine = Keep all of mine
conflict-all-stored = Take all of theirs
conflict-back = Back to my form
conflict-apply = Save my choice

## Workflows

workflow-request-to-deal = Turn into a deal
workflow-open-deal = Open the deal
workflow-lead-convert = Convert to company and contact
workflow-converted = The lead is converted
workflow-company-created = New company created:
workflow-company-found = Existing company found and used:
workflow-contact-created = New contact created:
workflow-contact-found = Existing contact found and used:
workflow-record-payment = Record a payment
workflow-merge = Merge duplicate
workflow-merge-title = Merge this record into another one
workflow-merge-explanation = This record is the duplicate: its related records move to the original, and it is deleted.
workflow-merge-original = Original record
workflow-merge-confirm = Merge into the original
workflow-transfer = Transfer owner
workflow-transfer-title = Give this company to another owner
workflow-transfer-explanation = Its contacts move with it.
workflow-transfer-owner = New owner
workflow-transfer-confirm = Transfer

## Command palette and shortcuts

palette-open = Search or run a command…
palette-shortcut = Ctrl K
palette-label = Command palette
palette-placeholder = Find any record or action
palette-action = Action
palette-nothing = Nothing found.
palette-searching = Searching…
palette-go = Go to { $area }
palette-theme = Switch the colour theme
palette-language = Language: { $language }
shortcut-title = Keyboard shortcuts
shortcut-palette = Open the command palette
shortcut-save = Save the open form
shortcut-new = New record in this list
shortcut-search = Search this list
shortcut-help = Show these shortcuts
shortcut-go-requests = Go to requests
shortcut-go-deals = Go to deals
shortcut-go-pipeline = Go to the pipeline
shortcut-go-companies = Go to companies
shortcut-go-contacts = Go to contacts
shortcut-go-leads = Go to leads
shortcut-list-move = Move through a list and open a row
shortcut-close = Close a dialog

## Theme and connection state

theme-switch = Colour theme
theme-system = Theme: system
theme-light = Theme: light
theme-dark = Theme: dark
offline-message = The database cannot be reached. Your typing is kept; Oriel CRM retries every few seconds.
offline-retry = Retry now

## Deal money

deal-money-amount = Deal amount
deal-money-paid = Paid
deal-money-expected = Still expected

## Form sections

section-person = Person
section-reach = How to reach
section-place = Address
section-classification = Classification
section-notes = Notes
section-company = Company
section-ownership = Owner
section-inquiry = Inquiry
section-sender = Sender
section-matches = Matched records
section-state = State
section-deal = Deal
section-money = Money
section-counterparty = Customer

## Trash

list-trash = Trash
record-in-trash = This record is in the trash.
record-restore = Restore

## Notifications

notices-button = Notifications
notices-open = Notifications, { $count } unread
notices-title = Notifications
notices-none = No notifications.
notices-mark-all = Mark all as read

## Overview tiles

today-title = Today
today-requests = Requests waiting to be handled
today-deals = My active deals
today-due = My next steps due today or overdue
notices-while-away = While you were away
notices-include-own = Also notify me of requests I assign to myself
