package org.sendcpd.platform.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source configured by a JDBC URL alone, so one setting ({@code cpd.db.url}) moves the
 * application between embedded Derby and PostgreSQL. Payara pools its connections; the driver is
 * whichever one on the application's class path accepts the URL.
 */
public class JdbcUrlDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private volatile Driver driver;
  private int loginTimeout;

  public void setUrl(String url) {
    this.url = url;
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String secret) throws SQLException {
    Properties properties = new Properties();
    if (username != null && !username.isEmpty()) {
      properties.setProperty("user", username);
    }
    if (secret != null && !secret.isEmpty()) {
      properties.setProperty("password", secret);
    }
    Connection connection = driver().connect(url, properties);
    if (connection == null) {
      throw new SQLException("The JDBC driver refused the URL " + url);
    }
    return connection;
  }

  private Driver driver() throws SQLException {
    if (driver == null) {
      if (url == null || url.isBlank()) {
        throw new SQLException("No database URL: set cpd.db.url (CPD_DB_URL)");
      }
      for (Driver candidate : ServiceLoader.load(Driver.class, getClass().getClassLoader())) {
        if (candidate.acceptsURL(url)) {
          driver = candidate;
          return driver;
        }
      }
      throw new SQLException("No JDBC driver on the class path accepts " + url);
    }
    return driver;
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // connections log through their driver
  }

  @Override
  public void setLoginTimeout(int seconds) {
    loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper of " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
