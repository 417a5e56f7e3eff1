from coversheet.cli import main

main()
