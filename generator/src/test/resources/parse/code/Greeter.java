class Greeter {
    // region greet
    String greet(String name) {
        return "Hello, " + name;
    }
    // endregion
}
