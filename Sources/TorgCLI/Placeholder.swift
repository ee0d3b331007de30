public enum TorgCommand { public static func main() {} }
