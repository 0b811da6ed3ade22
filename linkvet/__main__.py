"""`python -m linkvet`: the same command line as the `linkvet` script."""

from linkvet.tui.cli import main

if __name__ == "__main__":
    main()
