# spiegel — English
#
# Every user-facing text. Message ids are the same in every language file;
# a test fails when one language lacks a message another has, or when a
# message uses other { $variables }. Codes (lost-own-need, in-person, …)
# are never translated.

language-name = English

## The command line's own words (the descriptions of commands and
## arguments come from the code's doc comments in English, and from the
## cmd-… messages in other languages)

help-usage = Usage
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
