from thbwatch.cli import main

main()
