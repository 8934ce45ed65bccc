import sys

if sys.argv[1:2] == ["--intake-probe"]:
    # A frozen build has no "-m": the intake child process is this executable with this flag.
    from emeeting.intake.probe import run_probe_worker

    sys.exit(run_probe_worker(sys.argv[2:]))

from emeeting.cli import main

sys.exit(main())
