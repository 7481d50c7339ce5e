"""Who is at the desk: login, the lock screen, idle detection and switching users.

``idle`` notices when nobody has touched the keyboard or mouse, ``login`` is the sign-in
form (at start and on the lock screen), ``lock`` covers every window and keeps each user's
open editors for them, ``password`` changes a password.
"""
