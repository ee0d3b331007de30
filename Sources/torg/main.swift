import TorgCLI
TorgCommand.main()
